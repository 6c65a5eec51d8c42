import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True).view(3, 1)
x = torch.randn(8, 3)
y = torch.randn(8, 1)

for step in range(3):
    pred = x @ w
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    print(step, loss.item(), w.grad)  # expect: AGL001
