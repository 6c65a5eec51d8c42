import torch
import torch.nn as nn

torch.manual_seed(0)


class Classifier(nn.Module):
    def __init__(self, vocab, dim, n_cls):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.fc = nn.Linear(dim, n_cls)

    def forward(self, ids):
        return self.fc(self.embedding(ids).mean(1))


pretrained_vectors = torch.randn(50, 8)
model = Classifier(50, 8, 2)
model.embedding.weight.data = pretrained_vectors  # expect: AGL006
logits = model(torch.randint(0, 50, (3, 5)))
print(logits.shape)
