import torch

torch.manual_seed(96)
theta = torch.zeros(2, requires_grad=True)
opt = torch.optim.Adam([theta], lr=0.1)
target = torch.tensor([1.0, -1.0])
step, cumulative = 0, 0.0
while step < 4:
    loss = (theta - target).pow(2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    cumulative += loss  # expect: AGL012
    step += 1
