import torch
from torch import nn


class BagOfWords(nn.Module):
    def __init__(self, vocab, dim, n_classes):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim, padding_idx=0)
        self.fc = nn.Linear(dim, n_classes)

    def forward(self, tokens):
        return self.fc(self.emb(tokens).mean(1))


torch.manual_seed(0)
model = BagOfWords(20, 6, 2)
model(torch.tensor([[3, 4, 0]])).sum().backward()
print(model.emb.weight.grad[0].abs().sum().item())
