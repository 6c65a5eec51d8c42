import torch

x = torch.randn(3, requires_grad=True)
y = x ** 2
rows = []
for i in range(3):
    (row,) = torch.autograd.grad(y[i], x, retain_graph=True)
    rows.append(row)
print(torch.stack(rows))
