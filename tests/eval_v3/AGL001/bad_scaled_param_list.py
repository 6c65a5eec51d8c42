import torch

torch.manual_seed(0)
sizes = [(4, 8), (8, 8), (8, 1)]
params = [torch.randn(a, b, requires_grad=True) * 0.1 for a, b in sizes]
x = torch.randn(16, 4)
y = torch.randn(16, 1)
lr = 0.05

h = x
for i, w in enumerate(params):
    h = h @ w
    if i < len(params) - 1:
        h = torch.relu(h)
loss = torch.nn.functional.mse_loss(h, y)
loss.backward()
grads = [p.grad for p in params]  # expect: AGL001
missing = sum(g is None for g in grads)
print(loss.item(), f"{missing} of {len(params)} gradients missing, lr={lr}")
