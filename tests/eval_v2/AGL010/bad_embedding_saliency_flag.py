import torch
import torch.nn as nn

torch.manual_seed(0)


class BagOfWords(nn.Module):
    def __init__(self, vocab=40, dim=8):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.fc = nn.Linear(dim, 2)

    def forward(self, ids, return_emb=False):
        emb = self.embedding(ids)
        if return_emb:
            emb.requires_grad = True  # expect: AGL010
        logits = self.fc(emb.mean(1))
        return (logits, emb) if return_emb else logits


model = BagOfWords()
logits, emb = model(torch.randint(0, 40, (1, 6)), return_emb=True)
logits[0, 1].backward()
