import torch

torch.manual_seed(0)
theta = torch.zeros(4, requires_grad=True)
data = torch.randn(30, 4)
target = data @ torch.arange(4.0)
for _it in range(6):
    loss = (data @ theta - target).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        theta.sub_(0.05 * theta.grad)
    theta.grad.zero_()
print(theta)
