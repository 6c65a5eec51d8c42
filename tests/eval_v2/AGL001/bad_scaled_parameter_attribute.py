import torch
import torch.nn as nn

torch.manual_seed(0)


class ScaledEmbedding(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gain = torch.ones(dim, requires_grad=True) * 0.5

    def forward(self, tokens):
        return self.emb(tokens) * self.gain


model = ScaledEmbedding(20, 6)
tokens = torch.randint(0, 20, (4, 7))
out = model(tokens)
out.pow(2).mean().backward()
for name, p in model.named_parameters():
    print(name, p.grad.norm().item())
print("gain grad:", model.gain.grad)  # expect: AGL001
