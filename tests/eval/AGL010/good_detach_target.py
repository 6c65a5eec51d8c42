import torch
from torch import nn


def frozen_embedding(layer, ids):
    vecs = layer(ids).detach()
    vecs.requires_grad = False
    return vecs


print(frozen_embedding(nn.Embedding(5, 2), torch.tensor([0, 3])))
