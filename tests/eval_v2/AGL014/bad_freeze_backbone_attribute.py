import torch
import torch.nn as nn

torch.manual_seed(0)


class FineTuner(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 16))
        self.head = nn.Linear(16, 3)

    def freeze_backbone(self):
        for p in self.backbone.parameters():
            p.require_grad = False  # expect: AGL014

    def forward(self, x):
        return self.head(self.backbone(x))


model = FineTuner()
model.freeze_backbone()
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
model(torch.randn(2, 8)).sum().backward()
opt.step()
