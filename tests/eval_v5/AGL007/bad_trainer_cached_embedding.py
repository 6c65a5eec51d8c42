import torch
import torch.nn as nn


class Recommender:
    def __init__(self, n_items):
        self.items = nn.Embedding(n_items, 8)
        self.proj = nn.Linear(8, 8)
        self.opt = torch.optim.Adam(list(self.items.parameters()) + list(self.proj.parameters()))
        self.cache = torch.tanh(self.proj(self.items.weight))

    def fit_user(self, user_vec, liked):
        scores = self.cache @ user_vec
        loss = nn.functional.binary_cross_entropy_with_logits(scores, liked)
        self.opt.zero_grad()
        loss.backward()  # expect: AGL007
        self.opt.step()


torch.manual_seed(8)
rec = Recommender(10)
for _ in range(2):
    rec.fit_user(torch.randn(8), (torch.rand(10) > 0.5).float())
