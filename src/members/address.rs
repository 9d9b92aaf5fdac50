//! Where the page listens: an address and port given on the command line, or `auto` (this
//! machine's address on the local network and a free port, the same as last time when it is
//! still free), and the address phones are given to reach it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};

/// What `--members` asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listen {
    /// This machine's address on the local network, and a free port.
    Auto,
    /// Exactly here (port 0: any free port).
    At(SocketAddr),
}

/// `--members auto` or `--members ADDR:PORT` (`[::1]:8080` for IPv6).
pub fn listen_arg(text: &str) -> Result<Listen, String> {
    if text.eq_ignore_ascii_case("auto") {
        return Ok(Listen::Auto);
    }
    text.parse::<SocketAddr>().map(Listen::At).map_err(|_| {
        format!(
            "{text:?} is not auto or an address and port such as 192.168.1.20:8080 or [::1]:8080"
        )
    })
}

/// Listen as asked. `last` is where the page was served before (from the secrets file): with
/// `auto`, the same address and port are taken again when they are still this machine's and
/// free, so phones that had the page open find it again.
pub fn bind(listen: Listen, last: Option<&str>) -> Result<TcpListener, super::MembersError> {
    let failed = |at: &dyn std::fmt::Display| {
        let at = at.to_string();
        move |error| super::MembersError::Bind { at, error }
    };
    let last = last.and_then(|l| l.parse::<SocketAddr>().ok());
    let tried = match listen {
        // Any free port on a given address: the one of last time, when it is still free.
        Listen::At(at) if at.port() == 0 => {
            if let Some(last) = last.filter(|l| l.ip() == at.ip())
                && let Ok(listener) = TcpListener::bind(last)
            {
                return Ok(listener);
            }
            return TcpListener::bind(at).map_err(failed(&at));
        }
        Listen::At(at) => return TcpListener::bind(at).map_err(failed(&at)),
        Listen::Auto => last,
    };
    let ip = local_network_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    if let Some(last) = tried.filter(|l| l.ip() == ip)
        && let Ok(listener) = TcpListener::bind(last)
    {
        return Ok(listener);
    }
    TcpListener::bind((ip, 0)).map_err(failed(&ip))
}

/// The address a phone uses: the listening address, or, for one that listens on every
/// address (`0.0.0.0`), this machine's address on the local network.
pub fn reachable(listening: SocketAddr) -> SocketAddr {
    match listening.ip().is_unspecified() {
        true => SocketAddr::new(
            local_network_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            listening.port(),
        ),
        false => listening,
    }
}

/// This machine's IPv4 address on the local network: the first interface that is up and not
/// the loopback, private ranges first. `None` when there is none (no network: the page is
/// then served on this machine only).
#[cfg(unix)]
pub fn local_network_address() -> Option<IpAddr> {
    let mut found: Vec<Ipv4Addr> = Vec::new();
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `list` with a linked list that we walk read-only and free once
    // with freeifaddrs; each ifa_addr is checked for null and for the IPv4 family before being
    // read as a sockaddr_in.
    unsafe {
        if libc::getifaddrs(&mut list) != 0 {
            return None;
        }
        let mut at = list;
        while !at.is_null() {
            let entry = &*at;
            let up = entry.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
            let loopback = entry.ifa_flags & (libc::IFF_LOOPBACK as libc::c_uint) != 0;
            if up
                && !loopback
                && !entry.ifa_addr.is_null()
                && i32::from((*entry.ifa_addr).sa_family) == libc::AF_INET
            {
                let addr = &*(entry.ifa_addr as *const libc::sockaddr_in);
                found.push(Ipv4Addr::from(u32::from_be(addr.sin_addr.s_addr)));
            }
            at = entry.ifa_next;
        }
        libc::freeifaddrs(list);
    }
    found.sort_by_key(|ip| !ip.is_private());
    found
        .into_iter()
        .find(|ip| !ip.is_link_local() && !ip.is_unspecified())
        .map(IpAddr::V4)
}

#[cfg(not(unix))]
pub fn local_network_address() -> Option<IpAddr> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_takes_auto_or_an_address_and_port() {
        assert_eq!(listen_arg("auto"), Ok(Listen::Auto));
        assert_eq!(listen_arg("AUTO"), Ok(Listen::Auto));
        assert_eq!(
            listen_arg("127.0.0.1:8080"),
            Ok(Listen::At("127.0.0.1:8080".parse().unwrap()))
        );
        assert_eq!(
            listen_arg("[::1]:0"),
            Ok(Listen::At("[::1]:0".parse().unwrap()))
        );
        for bad in ["", "8080", "localhost:8080", "1.2.3.4", "1.2.3.4:99999"] {
            let err = listen_arg(bad).unwrap_err();
            assert!(err.contains("auto or an address and port"), "{bad}: {err}");
        }
    }

    #[test]
    fn an_address_on_every_interface_is_given_to_phones_as_this_machine_s() {
        let given = reachable("0.0.0.0:8123".parse().unwrap());
        assert_eq!(given.port(), 8123);
        assert!(!given.ip().is_unspecified());
        let exact: SocketAddr = "127.0.0.1:9".parse().unwrap();
        assert_eq!(reachable(exact), exact);
    }

    #[test]
    fn any_free_port_is_last_time_s_when_it_is_still_free() {
        let first = bind(Listen::At("127.0.0.1:0".parse().unwrap()), None).unwrap();
        let at = first.local_addr().unwrap().to_string();
        drop(first);
        let again = bind(Listen::At("127.0.0.1:0".parse().unwrap()), Some(&at)).unwrap();
        assert_eq!(again.local_addr().unwrap().to_string(), at);
        // Taken meanwhile: another free port.
        let other = bind(Listen::At("127.0.0.1:0".parse().unwrap()), Some(&at)).unwrap();
        assert_ne!(other.local_addr().unwrap().to_string(), at);
    }

    #[test]
    fn a_given_address_is_bound_exactly() {
        let listener = bind(Listen::At("127.0.0.1:0".parse().unwrap()), None).unwrap();
        assert!(listener.local_addr().unwrap().ip().is_loopback());
        let taken = listener.local_addr().unwrap();
        let err = bind(Listen::At(taken), None).unwrap_err().to_string();
        assert!(err.starts_with(&taken.to_string()), "{err}");
    }
}
