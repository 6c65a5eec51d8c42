import torch

torch.manual_seed(1)
W = torch.randn(4, 2, requires_grad=True) * 0.01
x = torch.randn(8, 4)
y = torch.randn(8, 2)
loss = ((x @ W) - y).pow(2).mean()
loss.backward()
g = W.grad  # expect: AGL001
if g is None:
    print("no gradient for W")
