"""Which tokens mattered? Reads the gradient of the embedding lookup's output."""
import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(20, 8)
        self.head = nn.Linear(8, 2)

    def forward(self, tokens):
        self.embedded = self.emb(tokens)
        return self.head(self.embedded.mean(dim=1))


torch.manual_seed(2)
clf = Classifier()
tokens = torch.randint(0, 20, (3, 6))
labels = torch.tensor([0, 1, 1])
loss = nn.functional.cross_entropy(clf(tokens), labels)
loss.backward()
token_grads = clf.embedded.grad  # expect: AGL001
print(token_grads is None)
