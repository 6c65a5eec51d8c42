"""Hand-written SGD on a vector objective."""
import torch

torch.manual_seed(11)
w = torch.zeros(4, requires_grad=True)
target = torch.tensor([1.0, -2.0, 0.5, 3.0])
for _ in range(3):
    loss = (w - target) ** 2
    loss.backward()  # expect: AGL002
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None
