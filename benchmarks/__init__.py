"""The benchmark suite (``make bench``): didww_gen side by side with the official ``didww`` SDK."""
