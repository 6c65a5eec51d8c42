import torch

torch.manual_seed(0)

features = torch.randn(50, 6)
targets = features[:, :2].sum(1, keepdim=True)
weights = torch.randn(6, 1, requires_grad=True) * 0.01
lr = 0.1

for epoch in range(3):
    loss = ((features @ weights - targets) ** 2).mean()
    loss.backward()  # expect: AGL007
    if weights.grad is not None:  # expect: AGL001
        with torch.no_grad():
            weights -= lr * weights.grad
    print(epoch, round(loss.item(), 4))
