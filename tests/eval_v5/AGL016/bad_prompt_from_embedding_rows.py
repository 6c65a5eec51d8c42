import torch
import torch.nn as nn


class PromptTuner(nn.Module):
    def __init__(self, vocab_emb, n_prompt):
        super().__init__()
        rows = vocab_emb.weight[:n_prompt]
        self.prompt = torch.tensor(rows, requires_grad=True)  # expect: AGL016


torch.manual_seed(10)
tuner = PromptTuner(nn.Embedding(20, 4), 3)
tuner.prompt.sum().backward()
