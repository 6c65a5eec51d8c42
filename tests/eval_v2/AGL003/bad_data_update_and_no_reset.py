import torch

torch.manual_seed(0)

xs = torch.randn(20, 2)
ys = xs @ torch.tensor([[2.0], [-3.0]])
w = torch.zeros(2, 1, requires_grad=True)

for step in range(3):
    loss = ((xs @ w - ys) ** 2).mean()
    loss.backward()  # expect: AGL003
    w.data.sub_(0.05 * w.grad)  # expect: AGL006
    print(step, loss.item())
