import torch
from torch import nn


def embed(encoder, tokens):
    vectors = encoder(tokens)
    return vectors.numpy()  # expect: AGL009


enc = nn.Embedding(12, 3)
print(embed(enc, torch.tensor([1, 5, 7])))
