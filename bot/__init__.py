"""Linli (邻里): building-group requests become tracked community tickets."""
