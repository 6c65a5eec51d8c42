import torch
import torch.nn as nn

torch.manual_seed(0)


class BagOfWords(nn.Module):
    def __init__(self, vocab=40, dim=8):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.fc = nn.Linear(dim, 2)

    def forward_from_emb(self, emb):
        return self.fc(emb.mean(1))


model = BagOfWords()
emb = model.embedding(torch.randint(0, 40, (1, 6))).detach().requires_grad_()
model.forward_from_emb(emb)[0, 1].backward()
print(emb.grad.abs().sum(-1))
