import torch

torch.manual_seed(0)

w = torch.randn(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
target = torch.tensor([1.0, -1.0, 0.5])
cum_loss = 0.0
it = 0
while it < 4:
    opt.zero_grad()
    loss = ((w - target) ** 2).sum()
    loss.backward()
    opt.step()
    cum_loss += loss  # expect: AGL012
    it += 1
print(cum_loss)
