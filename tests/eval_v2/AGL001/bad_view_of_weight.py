import torch

torch.manual_seed(0)

W = torch.randn(12, requires_grad=True).view(3, 4)
b = torch.zeros(3, requires_grad=True)
xs = torch.randn(10, 4)
ys = torch.randn(10, 3)

pred = xs @ W.t() + b
loss = ((pred - ys) ** 2).mean()
loss.backward()

grads = {"W": W.grad, "b": b.grad}  # expect: AGL001
print({k: None if v is None else v.shape for k, v in grads.items()})
