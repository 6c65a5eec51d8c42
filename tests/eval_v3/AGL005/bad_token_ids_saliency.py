import torch
from torch import nn

torch.manual_seed(0)
embed = nn.Embedding(50, 8)
clf = nn.Linear(8, 2)
input_ids = torch.randint(0, 50, (1, 7))


def explain(ids):
    ids.requires_grad_(True)  # expect: AGL005
    logits = clf(embed(ids).mean(dim=1))
    logits[0, 1].backward()
    return ids.grad


print(explain(input_ids))
