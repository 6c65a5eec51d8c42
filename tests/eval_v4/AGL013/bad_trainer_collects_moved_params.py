"""A trainer that builds its parameter list from tensors cast to double."""
import torch


class PolyTrainer:
    def __init__(self, degree: int) -> None:
        self.coeffs = [
            torch.zeros(1, requires_grad=True).double()  # expect: AGL013
            for _ in range(degree + 1)
        ]
        self.opt = torch.optim.SGD(self.coeffs, lr=0.05)

    def step(self, t, y) -> float:
        self.opt.zero_grad()
        pred = sum(c * t ** i for i, c in enumerate(self.coeffs))
        loss = ((pred - y) ** 2).mean()
        loss.backward()
        self.opt.step()
        return loss.item()


torch.manual_seed(10)
trainer = PolyTrainer(2)
