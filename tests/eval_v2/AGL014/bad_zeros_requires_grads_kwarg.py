import torch
import torch.nn as nn

torch.manual_seed(0)


class Prompt(nn.Module):
    def __init__(self, n, dim):
        super().__init__()
        self.n, self.dim = n, dim

    def init_soft_prompt(self):
        return torch.zeros(self.n, self.dim, requires_grads=True)  # expect: AGL014


soft_prompt = Prompt(4, 8).init_soft_prompt()
