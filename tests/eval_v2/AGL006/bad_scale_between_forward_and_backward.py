import torch

torch.manual_seed(0)

w = torch.randn(3, requires_grad=True)
x = torch.randn(5, 3)
y = x @ w
loss = (y ** 2).mean()
w.data.mul_(10)  # expect: AGL006
loss.backward()
print(w.grad)
