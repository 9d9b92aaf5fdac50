### El orden del día: sus puntos y de qué tipo es cada uno, dondequiera que se muestren.

agenda-kind-info = Información
agenda-kind-discussion = Debate
agenda-kind-decision = Decisión
agenda-kind-break = Descanso
