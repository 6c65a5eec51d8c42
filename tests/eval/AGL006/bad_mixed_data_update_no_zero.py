import torch

xs = torch.randn(16, 2)
ys = xs @ torch.tensor([2.0, -1.0])
w = torch.zeros(2, requires_grad=True)
for _ in range(4):
    loss = (xs @ w - ys).pow(2).mean()
    loss.backward()  # expect: AGL003
    w.data.sub_(0.05 * w.grad)  # expect: AGL006
print(w)
