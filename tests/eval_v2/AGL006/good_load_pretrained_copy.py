import torch
import torch.nn as nn

torch.manual_seed(0)

pretrained_vectors = torch.randn(50, 8)
embedding = nn.Embedding(50, 8)
with torch.no_grad():
    embedding.weight.copy_(pretrained_vectors)
frozen = nn.Embedding.from_pretrained(pretrained_vectors, freeze=True)
print(torch.equal(embedding.weight, frozen.weight))
