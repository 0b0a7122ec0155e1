"""On the night: speaker cards for host and laudators, and the run sheet (Ablaufplan)."""
