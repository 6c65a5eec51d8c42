import torch
import torch.nn as nn

torch.manual_seed(0)


class TinyClassifier(nn.Module):
    def __init__(self, vocab=50, dim=8, n_cls=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, n_cls)

    def forward_from_embeddings(self, emb):
        _, h = self.rnn(emb)
        return self.head(h[-1])


model = TinyClassifier()
input_ids = torch.randint(0, 50, (1, 12))
emb = model.embed(input_ids)
logits = model.forward_from_embeddings(emb)
score = logits[0, logits.argmax()]
score.backward()
saliency = emb.grad  # expect: AGL001
if saliency is None:
    print("no saliency computed")
else:
    print(saliency.abs().sum(-1))
