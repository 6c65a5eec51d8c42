import torch

torch.manual_seed(0)


def fit_gaussian(samples, steps=3):
    mu = torch.zeros(samples.shape[1], requires_grad=True).double()  # expect: AGL013
    log_sigma = torch.zeros(samples.shape[1], dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adam([mu, log_sigma], lr=0.1)
    for _ in range(steps):
        opt.zero_grad()
        dist = torch.distributions.Normal(mu, log_sigma.exp())
        nll = -dist.log_prob(samples).sum(-1).mean()
        nll.backward()
        opt.step()
    return mu, log_sigma


print(fit_gaussian(torch.randn(50, 2, dtype=torch.float64) + 3))
