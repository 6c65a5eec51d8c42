import torch

torch.manual_seed(0)
mu = torch.zeros(2, requires_grad=True).to(torch.float64)  # expect: AGL013
log_sigma = torch.zeros(2, dtype=torch.float64, requires_grad=True)
samples = torch.randn(100, 2, dtype=torch.float64) * 2 + 1
opt = torch.optim.Adam([mu, log_sigma], lr=0.05)
for _ in range(3):
    dist = torch.distributions.Normal(mu, log_sigma.exp())
    opt.zero_grad()
    (-dist.log_prob(samples).mean()).backward()
    opt.step()
