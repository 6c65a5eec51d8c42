import torch
import torch.nn as nn


class Trainer:
    def __init__(self):
        self.emb = nn.Embedding(20, 8)
        self.out = nn.Linear(8, 20)
        params = list(self.emb.parameters()) + list(self.out.parameters())
        self.opt = torch.optim.SGD(params, lr=0.1)
        self.crit = nn.CrossEntropyLoss(reduction="none")

    def step(self, tokens):
        logits = self.out(self.emb(tokens[:, :-1]))
        loss = self.crit(logits.reshape(-1, 20), tokens[:, 1:].reshape(-1))
        self.opt.zero_grad()
        loss.backward()  # expect: AGL002
        self.opt.step()


torch.manual_seed(8)
Trainer().step(torch.randint(0, 20, (3, 9)))
