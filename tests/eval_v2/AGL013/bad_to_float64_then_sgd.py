import torch

torch.manual_seed(0)

X = torch.randn(30, 4, dtype=torch.float64)
y = X @ torch.tensor([1.0, 0.0, -2.0, 0.5], dtype=torch.float64)

w = torch.randn(4, requires_grad=True).to(torch.float64)  # expect: AGL013
optimizer = torch.optim.SGD([w], lr=0.1)
for _ in range(3):
    optimizer.zero_grad()
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    optimizer.step()
