import torch


class GaussianFit:
    def __init__(self, data):
        self.data = data
        self.mu = torch.tensor(data.mean(0), requires_grad=True)  # expect: AGL016

    def nll(self):
        return (self.data - self.mu).pow(2).sum()


torch.manual_seed(111)
GaussianFit(torch.randn(20, 2)).nll().backward()
