import torch

torch.manual_seed(0)
W = torch.randn(4, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True).reshape(1, 3)


def predict(x):
    return x @ W + b


x = torch.randn(10, 4)
target = torch.randn(10, 3)
loss = (predict(x) - target).pow(2).mean()
loss.backward()
grads = {"W": W.grad, "b": b.grad}  # expect: AGL001
print({k: (v.shape if v is not None else None) for k, v in grads.items()})
