import torch


class GaussianFit:
    def __init__(self, data):
        self.init_mean = data.mean(0)
        self.mean = torch.tensor(self.init_mean, requires_grad=True)  # expect: AGL016
        self.log_std = torch.zeros(data.size(1), requires_grad=True)

    def nll(self, data):
        dist = torch.distributions.Normal(self.mean, self.log_std.exp())
        return -dist.log_prob(data).mean()


torch.manual_seed(0)
data = torch.randn(20, 2)
fit = GaussianFit(data)
fit.nll(data).backward()
