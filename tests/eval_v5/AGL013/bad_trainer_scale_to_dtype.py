import torch


class Calibrator:
    def __init__(self):
        self.scale = torch.ones(1, requires_grad=True).to(dtype=torch.float64)  # expect: AGL013
        self.opt = torch.optim.SGD([self.scale], lr=0.1)


torch.manual_seed(9)
Calibrator()
