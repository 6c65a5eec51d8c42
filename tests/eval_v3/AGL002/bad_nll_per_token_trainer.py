import torch
import torch.nn.functional as F
from torch import nn


class Seq2SeqTrainer:
    def __init__(self, vocab=12, dim=8):
        self.emb = nn.Embedding(vocab, dim)
        self.out = nn.Linear(dim, vocab)
        params = [*self.emb.parameters(), *self.out.parameters()]
        self.opt = torch.optim.Adam(params, lr=1e-3)

    def train_step(self, src, tgt, pad_id=0):
        self.opt.zero_grad()
        log_probs = F.log_softmax(self.out(self.emb(src)), dim=-1)
        per_token = F.nll_loss(log_probs.transpose(1, 2), tgt, reduction="none")
        per_token = per_token * (tgt != pad_id)
        per_token.backward()  # expect: AGL002
        self.opt.step()


torch.manual_seed(0)
Seq2SeqTrainer().train_step(torch.randint(1, 12, (2, 5)), torch.randint(0, 12, (2, 5)))
