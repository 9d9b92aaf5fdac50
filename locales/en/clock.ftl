### The clocks: their states, in a word and a symbol so they read without colour, and the
### time left. $time is a clock's digits, like 04:12.

clock-running = ▶ running
clock-warning = ◔ almost up
clock-over = ⚠ over time
clock-paused = ⏸ PAUSED
clock-held = ⏸ held for a question
clock-left = { $time } left
clock-over-by = { $time } over
