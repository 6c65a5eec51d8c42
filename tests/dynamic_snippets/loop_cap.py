"""Loops are capped at three turns; the backward() below runs only if both were capped."""
import torch

turns = 0
for _ in range(1000):
    turns += 1
spins = 0
while True:
    spins += 1
if (turns, spins) == (3, 3):
    y = torch.ones(3, requires_grad=True) * 2
    y.backward()
