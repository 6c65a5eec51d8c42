import torch
import torch.nn as nn

torch.manual_seed(0)


def temperature_softmax(logits, t=0.5):
    e = (logits / t).exp()
    return e / e.sum(dim=-1, keepdim=True)


policy = nn.Linear(4, 3)
probs = temperature_softmax(policy(torch.randn(5, 4)))
entropy = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
entropy.backward()
