### The agenda: its items and their kinds, wherever they are shown.

agenda-kind-info = Information
agenda-kind-discussion = Discussion
agenda-kind-decision = Decision
agenda-kind-break = Break
