import torch
import torch.nn as nn

torch.manual_seed(0)


class ScaledEmbedding(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gain = nn.Parameter(torch.full((dim,), 0.5))

    def forward(self, tokens):
        return self.emb(tokens) * self.gain


model = ScaledEmbedding(20, 6)
out = model(torch.randint(0, 20, (4, 7)))
out.pow(2).mean().backward()
print("gain grad:", model.gain.grad)
print("emb grad rows touched:", int((model.emb.weight.grad.abs().sum(-1) > 0).sum()))
