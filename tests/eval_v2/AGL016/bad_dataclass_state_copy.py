from dataclasses import dataclass

import torch

torch.manual_seed(0)


@dataclass
class Stats:
    mean: torch.Tensor
    std: torch.Tensor


def learnable_normaliser(stats: Stats):
    shift = torch.tensor(stats.mean, requires_grad=True)  # expect: AGL016
    scale = torch.ones_like(stats.std, requires_grad=True)
    return shift, scale


data = torch.randn(20, 3) * 2 + 1
shift, scale = learnable_normaliser(Stats(data.mean(0), data.std(0)))
((data - shift) * scale).pow(2).mean().backward()
