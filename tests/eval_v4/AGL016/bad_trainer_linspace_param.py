"""A trainer turns a linspace grid into learnable knots with torch.tensor()."""
import torch


class SplineFitter:
    def __init__(self, n_knots: int) -> None:
        grid = torch.linspace(0, 1, n_knots)
        self.knots = torch.tensor(grid, requires_grad=True)  # expect: AGL016
        self.opt = torch.optim.Adam([self.knots], lr=1e-2)

    def step(self, t, y) -> float:
        self.opt.zero_grad()
        pred = torch.stack([torch.relu(t - k) for k in self.knots]).sum(0)
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        self.opt.step()
        return loss.item()


torch.manual_seed(9)
fitter = SplineFitter(4)
t = torch.linspace(0, 1, 20)
print(fitter.step(t, t ** 2))
