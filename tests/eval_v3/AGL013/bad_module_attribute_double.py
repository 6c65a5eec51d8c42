import torch


class PlattScaler:
    def __init__(self):
        self.a = torch.ones(1, requires_grad=True).double()  # expect: AGL013
        self.b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
        self.opt = torch.optim.Adam([self.a, self.b], lr=0.01)

    def fit(self, scores, labels, steps=3):
        for _ in range(steps):
            self.opt.zero_grad()
            p = torch.sigmoid(self.a * scores + self.b)
            torch.nn.functional.binary_cross_entropy(p, labels).backward()
            self.opt.step()


torch.manual_seed(0)
scaler = PlattScaler()
scaler.fit(torch.randn(10, dtype=torch.float64), torch.rand(10, dtype=torch.float64).round())
