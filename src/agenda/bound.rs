//! The overtake bound: how many hands raised after a waiting hand may get the floor before it.
//!
//! The bound protects waiting hands, but under weighted fair queuing it also limits the
//! weights: when everyone keeps a hand up, a hand of the lightest group is passed by the
//! heavier groups' second and later turns while it waits, and a bound lower than that count
//! gives it the floor early, flattening the weights. So when the agenda does not write
//! `max_overtakes`, the bound follows the groups' weights and sizes:
//!
//! ```text
//! bound = max(6, ⌈2 × Σ over the people (w ÷ w_min − 1)⌉)
//! ```
//!
//! where `w` is each person's group weight and `w_min` the lowest weight among the groups
//! that have people. Why: with everyone's hand up, weighted fair queuing gives each person
//! airtime in proportion to their weight, so while a hand of weight `w_min` waits for its
//! owner's next turn, a person of weight `w` takes about `w ÷ w_min` turns. The first of those
//! comes from a hand raised before it (not an overtake); every further one overtakes it. The
//! sum is the number of overtakes an average wait collects. Turns differ in length (the
//! waiting person's own long turn lets the others take more, shorter ones), so the bound is
//! twice the average: then the cap almost never decides who speaks, the order is the weights'
//! own, and each group's share stays within 3 points of its share of the weight (its people
//! times its weight, over the same for all groups; `cochair simulate` checks it for three
//! groups weighted 3 : 2 : 1). 6, the bound before it was derived, stays the least: with equal
//! weights nothing changes. Every hand still has a stated, finite bound.
//!
//! Changing this formula changes how journals that leave `max_overtakes` out replay: it would
//! need a new journal format.

use super::Agenda;

/// The least bound: the fixed default before the bound followed the weights.
pub const MIN_OVERTAKES: u32 = 6;

/// The largest derived bound, so absurd weights still give a number a room can read.
pub const MAX_DERIVED_OVERTAKES: u32 = 10_000;

/// The overtake bound in effect for an agenda, and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct OvertakeBound {
    /// A hand overtaken this many times by hands raised after it goes next.
    pub hands: u32,
    /// The agenda writes `max_overtakes` (and so `hands` is its value).
    pub written: bool,
    /// What the groups' weights and sizes give.
    pub derived: u32,
    /// Index of the group whose hands wait longest: the lowest weight among the groups with
    /// people (the first such group on a tie).
    pub lightest: Option<usize>,
    /// The turns the heavier people take, beyond their first, while one hand of the lightest
    /// group waits: Σ (w ÷ w_min − 1).
    pub later_turns: f64,
}

impl Agenda {
    /// The overtake bound in effect: the agenda's `max_overtakes`, or else the one derived from
    /// the groups' weights and sizes (see the module's documentation).
    pub fn overtake_bound(&self) -> OvertakeBound {
        let weight_of = |group: &str| self.group(group).map(|g| g.weight);
        let lightest = self
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| self.people.iter().any(|p| p.group == g.id))
            .min_by(|(_, a), (_, b)| a.weight.total_cmp(&b.weight))
            .map(|(i, _)| i);
        let later_turns = match lightest {
            Some(g) => {
                let least = self.groups[g].weight;
                self.people
                    .iter()
                    .filter_map(|p| weight_of(&p.group))
                    .map(|w| (w / least - 1.0).max(0.0))
                    .sum()
            }
            None => 0.0,
        };
        let derived = derived_bound(later_turns);
        OvertakeBound {
            hands: self.speaking.max_overtakes.unwrap_or(derived),
            written: self.speaking.max_overtakes.is_some(),
            derived,
            lightest,
            later_turns,
        }
    }

    /// The overtake bound in effect (see [`Agenda::overtake_bound`]).
    pub fn max_overtakes(&self) -> u32 {
        self.speaking
            .max_overtakes
            .unwrap_or_else(|| self.overtake_bound().derived)
    }
}

/// `max(6, ⌈2 × later_turns⌉)`, at most [`MAX_DERIVED_OVERTAKES`].
fn derived_bound(later_turns: f64) -> u32 {
    let twice = (2.0 * later_turns).ceil();
    if !twice.is_finite() || twice >= f64::from(MAX_DERIVED_OVERTAKES) {
        return MAX_DERIVED_OVERTAKES;
    }
    // Finite, not negative (a sum of non-negative terms) and below the maximum: it fits.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let twice = twice.max(0.0) as u32;
    twice.max(MIN_OVERTAKES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The bound and why, in English, as `cochair check` and `cochair simulate` say it.
    fn said(agenda: &Agenda) -> String {
        crate::simulate::bound_said(Lang::En, agenda, false)
    }

    fn agenda(groups: &[(&str, f64, usize)], max_overtakes: &str) -> Agenda {
        let list: Vec<String> = groups
            .iter()
            .map(|(id, w, _)| format!("Group(id: \"{id}\", label: \"{id}\", weight: {w:?})"))
            .collect();
        let people: Vec<String> = groups
            .iter()
            .flat_map(|(id, _, n)| {
                (0..*n).map(move |i| format!("Person(name: \"{id} {i}\", group: \"{id}\")"))
            })
            .collect();
        let src = format!(
            r#"Agenda(title: "T", groups: [{}], people: [{}],
            items: [Item(title: "A", minutes: 10)], speaking: Speaking({max_overtakes}))"#,
            list.join(", "),
            people.join(", ")
        );
        crate::agenda::from_str(&src, std::path::Path::new("a.ron")).unwrap()
    }

    #[test]
    fn the_bound_follows_the_weights_and_sizes() {
        let three = agenda(&[("a", 3.0, 4), ("b", 2.0, 4), ("c", 1.0, 4)], "");
        let bound = three.overtake_bound();
        // 4 × (3 − 1) + 4 × (2 − 1) = 12 later turns; twice that.
        assert_eq!((bound.hands, bound.derived, bound.written), (24, 24, false));
        assert_eq!(bound.lightest, Some(2));
        assert_eq!(three.max_overtakes(), 24);
        let board = agenda(&[("c", 2.0, 6), ("p", 1.0, 6)], "");
        assert_eq!(board.max_overtakes(), 12);
        let equal = agenda(&[("a", 1.0, 5), ("b", 1.0, 5)], "");
        assert_eq!(equal.max_overtakes(), MIN_OVERTAKES);
        let close = agenda(&[("a", 1.2, 5), ("b", 1.0, 5)], "");
        assert_eq!(close.max_overtakes(), MIN_OVERTAKES, "⌈2 × 1.0⌉ is below 6");
    }

    #[test]
    fn a_group_with_nobody_in_it_does_not_set_the_lightest_weight() {
        let agenda = agenda(&[("a", 2.0, 3), ("b", 1.0, 3), ("ghost", 0.1, 0)], "");
        let bound = agenda.overtake_bound();
        assert_eq!(bound.lightest, Some(1));
        assert_eq!(bound.derived, 6);
    }

    #[test]
    fn a_written_bound_wins_and_says_what_the_weights_would_give() {
        let agenda = agenda(
            &[("Parents", 3.0, 4), ("Carers", 2.0, 4), ("Staff", 1.0, 4)],
            "max_overtakes: 6",
        );
        let bound = agenda.overtake_bound();
        assert_eq!((bound.hands, bound.derived, bound.written), (6, 24, true));
        assert_eq!(
            said(&agenda),
            "a Staff hand waits for at most 6 later hands (max_overtakes as written; the \
             weights and sizes would give 24)"
        );
    }

    #[test]
    fn the_explanation_says_where_the_bound_comes_from() {
        let agenda = agenda(
            &[("Parents", 3.0, 4), ("Carers", 2.0, 4), ("Staff", 1.0, 4)],
            "",
        );
        assert_eq!(
            said(&agenda),
            "a Staff hand waits for at most 24 later hands (max_overtakes from the weights and \
             sizes: twice the 12 later turns that pass it in one wait when everyone keeps a \
             hand up)"
        );
        let equal = super::tests::agenda(&[("Members", 1.0, 2), ("Staff", 1.0, 2)], "");
        assert_eq!(
            said(&equal),
            "a hand waits for at most 6 later hands (max_overtakes: no group outweighs another)"
        );
        let close = super::tests::agenda(&[("Members", 1.2, 5), ("Staff", 1.0, 5)], "");
        assert_eq!(
            said(&close),
            "a Staff hand waits for at most 6 later hands (max_overtakes from the weights and \
             sizes, at least 6)"
        );
        let written = super::tests::agenda(&[("Members", 1.0, 2)], "max_overtakes: 9");
        assert_eq!(
            said(&written),
            "a hand waits for at most 9 later hands (max_overtakes as written)"
        );
    }

    #[test]
    fn absurd_weights_give_a_large_but_finite_bound() {
        let agenda = agenda(&[("a", 1e12, 3), ("b", 1e-3, 1)], "");
        assert_eq!(agenda.max_overtakes(), MAX_DERIVED_OVERTAKES);
    }
}
