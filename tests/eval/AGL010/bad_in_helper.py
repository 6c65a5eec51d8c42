import torch
from torch import nn


def frozen_embedding(layer, ids):
    vecs = layer(ids)
    vecs.requires_grad = False  # expect: AGL010
    return vecs


print(frozen_embedding(nn.Embedding(5, 2), torch.tensor([0, 3])))
